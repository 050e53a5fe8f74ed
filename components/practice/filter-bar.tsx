// The topic browser's filters as links: they work without JavaScript, by keyboard, and every
// filtered view has its own shareable URL. Not prefetched: each is a dynamic page.
import Link from "next/link";
import { KIND_LABEL } from "@/components/badges";
import { browserHref, DIFFICULTIES, KINDS, type BrowserFilters } from "./topic-browser";

interface Option {
  label: string;
  href: string;
  current: boolean;
}

function FilterGroup({ id, label, options }: { id: string; label: string; options: Option[] }) {
  return (
    <div role="group" aria-labelledby={id} className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <span id={id} className="w-24 shrink-0 text-sm font-medium text-stone-700 dark:text-stone-300">
        {label}
      </span>
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={option.label}>
            <Link
              prefetch={false}
              href={option.href}
              scroll={false}
              aria-current={option.current ? "true" : undefined}
              className={`inline-block rounded-full border px-3 py-1.5 text-sm leading-none ${
                option.current
                  ? "border-indigo-600 bg-indigo-600 font-semibold text-white dark:border-indigo-400 dark:bg-indigo-400 dark:text-stone-950"
                  : "border-stone-300 bg-white text-stone-800 hover:border-stone-400 hover:bg-stone-50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:hover:border-stone-600 dark:hover:bg-stone-800"
              }`}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function FilterBar({ filters }: { filters: BrowserFilters }) {
  const difficultyOptions: Option[] = [
    { label: "Any", href: browserHref({ kind: filters.kind }), current: filters.difficulty === null },
    ...DIFFICULTIES.map((difficulty) => ({
      label: capitalise(difficulty),
      href: browserHref({ difficulty, kind: filters.kind }),
      current: filters.difficulty === difficulty,
    })),
  ];
  const kindOptions: Option[] = [
    { label: "Any", href: browserHref({ difficulty: filters.difficulty }), current: filters.kind === null },
    ...KINDS.map((kind) => ({
      label: capitalise(KIND_LABEL[kind]),
      href: browserHref({ difficulty: filters.difficulty, kind }),
      current: filters.kind === kind,
    })),
  ];
  return (
    <nav
      aria-label="Filter questions"
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <FilterGroup id="filter-difficulty" label="Difficulty" options={difficultyOptions} />
      <FilterGroup id="filter-kind" label="Kind" options={kindOptions} />
    </nav>
  );
}
