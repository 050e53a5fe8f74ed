// Which database a DATABASE_URL names, and a PostgreSQL URL taken apart. Shared by the app
// (lib/db.ts), the Prisma CLI configuration (prisma.config.ts) and the scripts, so all of them
// agree on the provider: SQLite (`file:`), the embedded default, or PostgreSQL for several servers.

export type DatabaseProvider = "sqlite" | "postgresql";

/** The provider a URL names, or null when it names neither. */
export function databaseProvider(url: string): DatabaseProvider | null {
  const trimmed = url.trim();
  if (trimmed.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return "postgresql";
  return null;
}

export interface PostgresConnection {
  host: string;
  port: number;
  user?: string;
  password?: string;
  database: string;
  ssl?: boolean;
}

/**
 * A PostgreSQL URL as discrete fields. The pg adapter is given these rather than the string: its
 * shadow database (`prisma migrate diff`) overrides `database` in the configuration, which a
 * connection string would silently win over (the main database used as the shadow one).
 */
export function postgresConnection(url: string): PostgresConnection {
  const parsed = new URL(url.trim());
  const decode = (part: string) => (part === "" ? undefined : decodeURIComponent(part));
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    // `?host=/run/postgresql` names a Unix socket folder, as libpq allows.
    host: parsed.searchParams.get("host") ?? (decode(parsed.hostname) || "localhost"),
    port: parsed.port === "" ? 5432 : Number(parsed.port),
    user: decode(parsed.username),
    password: decode(parsed.password),
    database: decode(parsed.pathname.replace(/^\//, "")) ?? "postgres",
    ...(sslmode === null ? {} : { ssl: sslmode !== "disable" && sslmode !== "allow" && sslmode !== "prefer" }),
  };
}
