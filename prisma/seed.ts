// Seeds what the app needs: the template catalogue that attempts reference. Idempotent, so
// `npm start` can run it on every start.
import { db } from "../lib/db";
import { syncCatalogue } from "../lib/study/catalogue";

async function main() {
  try {
    console.log(`Seeded ${await syncCatalogue()} question templates.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
