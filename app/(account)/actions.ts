"use server";
// Sign up, sign in and sign out. The logic lives in lib/auth/accounts.ts; these actions read the
// form, pass in the guest and the client address, and set or clear the cookies.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changePassword, signIn, signUp, type AuthResult } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/cookies";
import { endAllSessions, endSession, signedInAccount, startSession } from "@/lib/auth/session";
import { currentGuestId, forgetGuest } from "@/lib/learner";
import type { CredentialsState } from "@/components/account/credentials-state";
import { nextParam } from "./next-param";

function typedUsername(formData: FormData): string {
  const value = formData.get("username");
  return typeof value === "string" ? value.slice(0, 100) : "";
}

async function finish(result: AuthResult, formData: FormData, welcome: (result: Extract<AuthResult, { ok: true }>) => string) {
  if (!result.ok) {
    return { message: result.message, fieldErrors: result.fieldErrors, username: typedUsername(formData) } satisfies CredentialsState;
  }
  await startSession(result.userId);
  await forgetGuest();
  revalidatePath("/", "layout");
  const next = formData.get("next");
  redirect(nextParam(typeof next === "string" ? next : undefined) ?? `/account?welcome=${welcome(result)}`);
}

async function context() {
  return { guestId: await currentGuestId(), clientAddress: await clientAddress() };
}

export async function signUpAction(_previous: CredentialsState, formData: FormData): Promise<CredentialsState> {
  const input = { username: formData.get("username") ?? undefined, password: formData.get("password") ?? undefined };
  return finish(await signUp(input, await context()), formData, (result) => (result.guestProgress === "kept" ? "kept" : "new"));
}

export async function signInAction(_previous: CredentialsState, formData: FormData): Promise<CredentialsState> {
  const input = { username: formData.get("username") ?? undefined, password: formData.get("password") ?? undefined };
  return finish(await signIn(input, await context()), formData, (result) =>
    result.guestProgress && typeof result.guestProgress === "object" && result.guestProgress.attempts > 0
      ? `merged-${result.guestProgress.attempts}`
      : "back",
  );
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
