// Seeds what the app needs: the template catalogue that attempts reference. Idempotent, so
// `npm start` can run it on every start.
import { TEMPLATES } from "../lib/questions";
import { db } from "../lib/db";

async function main() {
  try {
    await db.$transaction(
      TEMPLATES.map(({ id, title, topic, difficulty, kind }, position) =>
        db.template.upsert({
          where: { id },
          create: { id, title, topic, difficulty, kind, position },
          update: { title, topic, difficulty, kind, position },
        }),
      ),
    );
    console.log(`Seeded ${TEMPLATES.length} question templates.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
