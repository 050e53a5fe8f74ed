import type { Metadata, Viewport } from "next";
import { AccountMenu } from "@/components/account/account-menu";
import { IntentLink } from "@/components/intent-link";
import { NavLink } from "@/components/nav-link";
import { signedInAccount } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Likelihood Lab", template: "%s · Likelihood Lab" },
  description: "Practise the interview question “MLE or EM, and why?” by computing answers by hand.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

const NAV: { href: string; label: string; short?: string }[] = [
  { href: "/practice", label: "Practice" },
  { href: "/study", label: "Study" },
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  // "Data" on a phone: the full word does not fit on the one line at 360 px (links are padded 2 px there).
  { href: "/playground", label: "Playground", short: "Data" },
];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the session cookie makes every page render per request.
  const account = await signedInAccount();
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-stone-900"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white/80 backdrop-blur dark:border-stone-800 dark:bg-stone-900/80">
          <nav aria-label="Main" className="mx-auto flex max-w-3xl items-center justify-between gap-1 px-4 py-3 sm:gap-4 sm:px-6">
            {/* Like the links beside it, prefetches home on intent, not on every page view. */}
            <IntentLink href="/" className="flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight">
              <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-indigo-600 text-sm font-bold text-white">
                L
              </span>
              {/* On a phone the mark alone leaves room for the links. */}
              <span className="sr-only sm:not-sr-only">Likelihood Lab</span>
            </IntentLink>
            {/* One line at 375 px: the links stay on it, the account name shortens. */}
            <ul className="flex flex-nowrap items-center justify-end text-[0.8125rem] sm:gap-x-0.5 sm:text-sm">
              {NAV.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href}>
                    {item.short ? (
                      <>
                        <span className="sm:hidden">{item.short}</span>
                        <span className="hidden sm:inline">{item.label}</span>
                      </>
                    ) : (
                      item.label
                    )}
                  </NavLink>
                </li>
              ))}
              <li>
                <AccountMenu username={account?.username ?? null} />
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
          {children}
        </main>
        <footer className="mx-auto max-w-3xl px-4 pb-10 text-xs text-stone-500 sm:px-6 dark:text-stone-400">
          Answers are checked by Likelihood Lab&apos;s own estimation library, verified against R and scikit-learn.
        </footer>
      </body>
    </html>
  );
}
