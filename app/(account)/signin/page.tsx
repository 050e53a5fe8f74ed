import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CredentialsForm } from "@/components/account/credentials-form";
import { signedInAccount } from "@/lib/auth/session";
import { signInAction } from "../actions";
import { nextParam } from "../next-param";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await signedInAccount()) redirect("/account");
  const next = nextParam((await searchParams).next);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-stone-600 dark:text-stone-400">What you practised in this browser as a guest is added to your account.</p>
      </div>
      <CredentialsForm mode="sign-in" action={signInAction} next={next} />
    </div>
  );
}
