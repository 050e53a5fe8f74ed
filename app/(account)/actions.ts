"use server";
// Sign up, sign in and sign out. The logic lives in lib/auth/accounts.ts; these actions read the
// form, pass in the guest and the client address, and set or clear the cookies.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changePassword, signIn, signUp, type AuthResult } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/cookies";
import { endAllSessions, endSession, signedInAccount, startSession } from "@/lib/auth/session";
import { mergeGuestInto } from "@/lib/auth/guest-merge";
import { currentGuestId, forgetGuest } from "@/lib/learner";
import { countLearnerData } from "@/lib/study/export";
import type { CredentialsState } from "@/components/account/credentials-state";
import { nextParam } from "./next-param";

function typedUsername(formData: FormData): string {
  const value = formData.get("username");
  return typeof value === "string" ? value.slice(0, 100) : "";
}

async function finish(
  result: AuthResult,
  formData: FormData,
  welcome: (result: Extract<AuthResult, { ok: true }>) => string,
  guestToOffer: string | null = null,
) {
  if (!result.ok) {
    return { message: result.message, fieldErrors: result.fieldErrors, username: typedUsername(formData) } satisfies CredentialsState;
  }
  await startSession(result.userId);
  // A guest with progress stays in this browser until the learner adds it to the account or discards
  // it: the account page asks, so sign-in lands there; otherwise home leads with what to do next.
  const offer = guestToOffer !== null && (await guestHasProgress(guestToOffer));
  if (!offer) await forgetGuest();
  revalidatePath("/", "layout");
  if (offer) redirect(`/account?welcome=${welcome(result)}`);
  const next = formData.get("next");
  redirect(nextParam(typeof next === "string" ? next : undefined) ?? `/?welcome=${welcome(result)}`);
}

async function context() {
  return { guestId: await currentGuestId(), clientAddress: await clientAddress() };
}

/** What a request that is not the page's form gets: server actions are public endpoints. */
const NOT_A_FORM: CredentialsState = { message: "The form could not be read. Please reload the page.", fieldErrors: {}, username: "" };

export async function signUpAction(_previous: CredentialsState, formData: FormData): Promise<CredentialsState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const input = { username: formData.get("username") ?? undefined, password: formData.get("password") ?? undefined };
  return finish(await signUp(input, await context()), formData, (result) => (result.guestProgress === "kept" ? "kept" : "new"));
}

export async function signInAction(_previous: CredentialsState, formData: FormData): Promise<CredentialsState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const input = { username: formData.get("username") ?? undefined, password: formData.get("password") ?? undefined };
  const authContext = await context();
  return finish(await signIn(input, authContext), formData, () => "back", authContext.guestId);
}

async function guestHasProgress(guestId: string): Promise<boolean> {
  const counts = await countLearnerData(guestId);
  return counts.attempts + counts.studySessions + counts.reviewCards > 0;
}

/** The learner's answer to "add what this browser practised as a guest to your account?": yes. */
export async function mergeGuestAction(): Promise<void> {
  const account = await signedInAccount();
  const guestId = await currentGuestId();
  if (!account) redirect("/signin");
  const moved = guestId ? await mergeGuestInto(guestId, account.id) : null;
  await forgetGuest();
  revalidatePath("/", "layout");
  redirect(`/account?welcome=${moved && moved.attempts > 0 ? `merged-${moved.attempts}` : "back"}`);
}

/** ... and no: the guest is forgotten by this browser; the account is unchanged. */
export async function discardGuestAction(): Promise<void> {
  await forgetGuest();
  revalidatePath("/", "layout");
  redirect("/account?welcome=back");
}

export async function signOutAction(): Promise<void> {
  await endSession();
  await forgetGuest();
  revalidatePath("/", "layout");
  redirect("/");
}

/** Signs the account out in every browser (a lost laptop, a shared computer), this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const account = await signedInAccount();
  if (account) await endAllSessions(account.id);
  await forgetGuest();
  revalidatePath("/", "layout");
  redirect("/signin");
}

/** Changes the password; every other browser signed in to the account is signed out. */
export async function changePasswordAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/account");
  const account = await signedInAccount();
  if (!account) redirect("/signin");
  const result = await changePassword({
    userId: account.id,
    keepSessionId: account.sessionId,
    current: formData.get("current") ?? undefined,
    next: formData.get("next") ?? undefined,
  });
  // A code, not the message: the page shows only its own texts, never words from the address bar.
  redirect(`/account?password=${result.ok ? "changed" : result.reason}`);
}
