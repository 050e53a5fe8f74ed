"use client";
// A header link that marks the current section (aria-current) for sighted and screen-reader users,
// and prefetches its page on intent (components/intent-link.tsx).
import { usePathname } from "next/navigation";
import { IntentLink } from "@/components/intent-link";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <IntentLink
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded-md px-0.5 py-2 whitespace-nowrap hover:bg-stone-100 hover:text-stone-900 sm:px-3 dark:hover:bg-stone-800 dark:hover:text-white ${
        current ? "font-semibold text-stone-900 dark:text-white" : "text-stone-700 dark:text-stone-300"
      }`}
    >
      {children}
    </IntentLink>
  );
}
