import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CredentialsForm } from "@/components/account/credentials-form";
import { signedInAccount } from "@/lib/auth/session";
import { signUpAction } from "../actions";
import { nextParam } from "../next-param";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await signedInAccount()) redirect("/account");
  const next = nextParam((await searchParams).next);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Create an account</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Keep your progress under a username and a password, and take it to any browser. What you practised here as a guest stays with you.
        </p>
      </div>
      <CredentialsForm mode="sign-up" action={signUpAction} next={next} />
    </div>
  );
}
