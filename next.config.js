// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build side by side (browser tests of two branches of work) can use its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // KaTeX is rendered on the server only; the database drivers and Prisma are loaded from
  // node_modules at run time, so the client generated there (SQLite or PostgreSQL) is the one used.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/adapter-pg", "pg"],
  // proxy.ts sees the request as sent: Next otherwise strips the RSC headers before the proxy, and
  // then answers 500 to a Next-Router-State-Tree of the wrong shape the proxy never saw.
  skipProxyUrlNormalize: true,
  // Headers for every response; the Content-Security-Policy (with a nonce) is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
