"use server";
// Sign up, sign in and sign out. The logic lives in lib/auth/accounts.ts; these actions read the
// form, pass in the guest and the client address, and set or clear the cookies.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signIn, signUp, type AuthResult } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/cookies";
import { endSession, startSession } from "@/lib/auth/session";
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
  // Home leads with what to do next (resume, reviews due, the weakest topic).
  redirect(nextParam(typeof next === "string" ? next : undefined) ?? `/?welcome=${welcome(result)}`);
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
