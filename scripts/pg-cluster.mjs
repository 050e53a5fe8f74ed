// A throwaway PostgreSQL cluster in a temporary folder, on a free port, for `npm run test:postgres`
// and bench/multi-instance.mjs. Debian's `postgresql` package provides the binaries (installed with
// apt-get when absent and running as root, as scripts/test-all.mjs does with Chromium). PostgreSQL
// refuses to run as root, so as root the server runs as the `postgres` user through runuser.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const PG_ROOT = "/usr/lib/postgresql";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** The newest installed server's bin folder, or null. */
function findBinaries() {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((name) => existsSync(path.join(PG_ROOT, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(PG_ROOT, versions[0], "bin") : null;
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: "utf8", ...options });
}

/** Installs Debian's postgresql with apt-get when no server is installed (root only). */
export function ensurePostgres() {
  const found = findBinaries();
  if (found) return found;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("PostgreSQL is missing: installing Debian's postgresql with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = run("apt-get", ["update", "-q"], { env, stdio: "inherit" });
    const install =
      update.status === 0
        ? run("apt-get", ["install", "-y", "-q", "--no-install-recommends", "postgresql"], { env, stdio: "inherit" })
        : update;
    if (install.status === 0) return findBinaries();
  }
  throw new Error(
    "The PostgreSQL tests need Debian's postgresql server (initdb, pg_ctl). Install it with:\n" +
      "  sudo apt-get update && sudo apt-get install -y postgresql",
  );
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/**
 * Starts a cluster (trust authentication, listening on 127.0.0.1 only, fsync off: its data is
 * thrown away). Returns its URL base (`postgresql://postgres@127.0.0.1:PORT`) and `stop()`, which
 * stops the server and removes the folder.
 */
export async function startCluster({ port } = {}) {
  const bin = ensurePostgres();
  const dir = mkdtempSync(path.join(tmpdir(), "likelihood-lab-pg-"));
  const data = path.join(dir, "data");
  const as = (command, args) => {
    const full = path.join(bin, command);
    return isRoot ? run("runuser", ["-u", "postgres", "--", full, ...args]) : run(full, args);
  };
  if (isRoot) {
    // The folder must belong to (and be enterable by) the postgres user.
    const ids = run("id", ["-u", "postgres"]);
    const gids = run("id", ["-g", "postgres"]);
    chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
    chmodSync(dir, 0o700);
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const init = as("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  if (init.status !== 0) {
    remove();
    throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
  }
  const chosenPort = port ?? (await freePort());
  const options = `-p ${chosenPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const started = as("pg_ctl", ["-D", data, "-w", "-t", "60", "-l", path.join(dir, "server.log"), "-o", options, "start"]);
  if (started.status !== 0) {
    remove();
    throw new Error(`pg_ctl start failed:\n${started.stdout}\n${started.stderr}`);
  }
  let stopped = false;
  return {
    port: chosenPort,
    dir,
    url: `postgresql://postgres@127.0.0.1:${chosenPort}`,
    stop() {
      if (stopped) return;
      stopped = true;
      as("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      remove();
    },
  };
}
