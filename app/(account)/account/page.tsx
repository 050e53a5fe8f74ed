import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/account/export-links";
import { ImportForm } from "@/components/account/import-form";
import { signedInAccount } from "@/lib/auth/session";
import { currentGuestId } from "@/lib/learner";
import { countLearnerData } from "@/lib/study/export";
import { changePasswordAction, discardGuestAction, mergeGuestAction, signOutAction, signOutEverywhereAction } from "../actions";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

const WELCOME: Record<string, string> = {
  new: "Your account is ready.",
  kept: "Your account is ready, and what you practised as a guest is in it.",
  back: "You are signed in.",
};

const PASSWORD_NOTICE: Record<string, string> = {
  changed: "Your password is changed. Every other browser signed in to this account has been signed out.",
  wrong: "Your current password was not right; the password is unchanged.",
  weak: "The new password was not accepted: use at least 10 characters and not a common password.",
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function welcomeText(value: string | string[] | undefined): string | null {
  const key = Array.isArray(value) ? value[0] : value;
  if (!key) return null;
  const merged = /^merged-(\d+)$/.exec(key);
  if (merged)
    return `You are signed in. ${plural(Number(merged[1]), "attempt")} you made as a guest ${merged[1] === "1" ? "was" : "were"} added to your account.`;
  return WELCOME[key] ?? null;
}

const card = "space-y-3 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900";
const passwordInput =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-700 dark:bg-stone-900";
const secondaryButton =
  "inline-block rounded-lg border border-stone-300 px-4 py-2 text-sm font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ welcome?: string | string[]; password?: string | string[] }>;
}) {
  const account = await signedInAccount();
  const guestId = await currentGuestId();
  const learnerId = account?.id ?? guestId;
  // Signed in with a guest's progress still in this browser: offered, never merged unasked.
  const guestCounts = account && guestId ? await countLearnerData(guestId) : null;
  const guestOffer = guestCounts && guestCounts.attempts + guestCounts.studySessions + guestCounts.reviewCards > 0 ? guestCounts : null;
  const counts = await countLearnerData(learnerId);
  const params = await searchParams;
  const welcome = account ? welcomeText(params.welcome) : null;
  const passwordKey = Array.isArray(params.password) ? params.password[0] : params.password;
  const passwordNotice = account && passwordKey ? (PASSWORD_NOTICE[passwordKey] ?? null) : null;
  const isEmpty = counts.attempts + counts.studySessions + counts.reviewCards === 0;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
        {welcome ? (
          <p
            role="status"
            className="rounded-lg bg-emerald-50 px-4 py-3 text-sm text-emerald-950 dark:bg-emerald-950/60 dark:text-emerald-50"
          >
            {welcome}
          </p>
        ) : null}
        <p className="text-stone-600 dark:text-stone-400" data-testid="account-summary">
          {account ? (
            <>
              Signed in as <strong className="font-semibold text-stone-900 dark:text-white">{account.username}</strong>.
            </>
          ) : (
            "You are practising as a guest: your progress is kept in this browser only."
          )}{" "}
          {plural(counts.attempts, "attempt")}, {plural(counts.studySessions, "study session")}, {plural(counts.reviewCards, "review card")}
          .
        </p>
      </div>

      {guestOffer ? (
        <section className={card} aria-labelledby="guest-offer-heading" data-testid="guest-offer">
          <h2 id="guest-offer-heading" className="font-semibold">
            Practice from before you signed in
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            This browser holds {plural(guestOffer.attempts, "attempt")}, {plural(guestOffer.studySessions, "study session")} and{" "}
            {plural(guestOffer.reviewCards, "review card")} practised as a guest. Add them to your account only if they are yours.
          </p>
          <div className="flex flex-wrap gap-3">
            <form action={mergeGuestAction}>
              <button type="submit" className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700">
                Add them to my account
              </button>
            </form>
            <form action={discardGuestAction}>
              <button type="submit" className={secondaryButton}>
                Not mine: forget them
              </button>
            </form>
          </div>
        </section>
      ) : null}

      {account ? (
        <div className="flex flex-wrap gap-3">
          <form action={signOutAction}>
            <button type="submit" className={secondaryButton}>
              Sign out
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <button type="submit" className={secondaryButton}>
              Sign out everywhere
            </button>
          </form>
        </div>
      ) : (
        <section className={card}>
          <h2 className="font-semibold">Keep your progress</h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Create an account to keep what you practise under a username and a password and to use it in any browser. Everything you did
            here as a guest comes with you.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href="/signup" className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700">
              Create an account
            </Link>
            <Link href="/signin" className={secondaryButton}>
              Sign in
            </Link>
          </div>
        </section>
      )}

      {account ? (
        <section className={card} aria-labelledby="password-heading">
          <h2 id="password-heading" className="font-semibold">
            Change your password
          </h2>
          {passwordNotice ? (
            <p role="status" className="rounded-lg bg-stone-100 px-4 py-3 text-sm dark:bg-stone-800">
              {passwordNotice}
            </p>
          ) : null}
          <form action={changePasswordAction} className="grid max-w-sm gap-3">
            <label className="text-sm font-medium">
              Current password
              <input name="current" type="password" autoComplete="current-password" required className={passwordInput} />
            </label>
            <label className="text-sm font-medium">
              New password (at least 10 characters)
              <input name="next" type="password" autoComplete="new-password" required minLength={10} className={passwordInput} />
            </label>
            <button type="submit" className={`${secondaryButton} justify-self-start`}>
              Change password
            </button>
          </form>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Other browsers signed in to this account are signed out when it changes.
          </p>
        </section>
      ) : null}

      <section className={card}>
        <h2 className="font-semibold">Export your data</h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Everything you have here, as a JSON file you can import into a new account; or your attempts as a CSV file for a spreadsheet.
        </p>
        <ExportLinks className={secondaryButton} />
      </section>

      {account ? (
        <section className={card}>
          <h2 className="font-semibold">Import an export</h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {isEmpty
              ? "Restore a JSON export into this account. It must be new: an import never mixes with existing progress."
              : "An import restores a JSON export into a new, empty account; this one already has progress, so create a new account to import into."}
          </p>
          <ImportForm />
        </section>
      ) : null}
    </div>
  );
}
