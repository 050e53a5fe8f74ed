"use client";
// The sign-in and sign-up form. Messages come from the server (zod); the username stays as typed
// after a failed attempt, and focus moves to what needs fixing.
import Link from "next/link";
import { useActionState, useEffect, useId, useRef } from "react";
import { INITIAL_CREDENTIALS_STATE, type CredentialsState } from "./credentials-state";

type CredentialsAction = (previous: CredentialsState, formData: FormData) => Promise<CredentialsState>;

interface Props {
  mode: "sign-in" | "sign-up";
  action: CredentialsAction;
  /** Where to go afterwards (a path on this site). */
  next: string | null;
}

const TEXT = {
  "sign-in": { submit: "Sign in", pending: "Signing in…", passwordComplete: "current-password" },
  "sign-up": { submit: "Create account", pending: "Creating your account…", passwordComplete: "new-password" },
} as const;

export function CredentialsForm({ mode, action, next }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_CREDENTIALS_STATE);
  const id = useId();
  const alertRef = useRef<HTMLParagraphElement>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const text = TEXT[mode];

  // After a failed attempt: focus the first field to fix, else the message.
  useEffect(() => {
    if (state.fieldErrors.username) usernameRef.current?.focus();
    else if (state.fieldErrors.password) passwordRef.current?.focus();
    else if (state.message) alertRef.current?.focus();
  }, [state]);

  const describedBy = (field: "username" | "password", hint?: string) =>
    [hint, state.fieldErrors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  const inputClass = (invalid: boolean) =>
    `mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-base dark:bg-stone-900 ${
      invalid ? "border-rose-500 dark:border-rose-400" : "border-stone-300 dark:border-stone-700"
    }`;

  return (
    <form action={formAction} noValidate className="space-y-5">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {state.message ? (
        <p
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          className="rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-950 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-50"
        >
          {state.message}
        </p>
      ) : null}

      <div>
        <label htmlFor={`${id}-username`} className="block text-sm font-medium">
          Username
        </label>
        {mode === "sign-up" ? (
          <p id={`${id}-username-hint`} className="text-sm text-stone-600 dark:text-stone-400">
            3 to 32 characters: letters a–z, digits, _ and -.
          </p>
        ) : null}
        <input
          ref={usernameRef}
          id={`${id}-username`}
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          // The form resets after each attempt; the default brings back what was typed.
          defaultValue={state.username}
          aria-invalid={state.fieldErrors.username ? true : undefined}
          aria-describedby={describedBy("username", mode === "sign-up" ? `${id}-username-hint` : undefined)}
          className={inputClass(Boolean(state.fieldErrors.username))}
        />
        {state.fieldErrors.username ? (
          <p id={`${id}-username-error`} className="mt-1 text-sm text-rose-700 dark:text-rose-300">
            {state.fieldErrors.username}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-medium">
          Password
        </label>
        {mode === "sign-up" ? (
          <p id={`${id}-password-hint`} className="text-sm text-stone-600 dark:text-stone-400">
            At least 10 characters, not a common password.
          </p>
        ) : null}
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={text.passwordComplete}
          required
          aria-invalid={state.fieldErrors.password ? true : undefined}
          aria-describedby={describedBy("password", mode === "sign-up" ? `${id}-password-hint` : undefined)}
          className={inputClass(Boolean(state.fieldErrors.password))}
        />
        {state.fieldErrors.password ? (
          <p id={`${id}-password-error`} className="mt-1 text-sm text-rose-700 dark:text-rose-300">
            {state.fieldErrors.password}
          </p>
        ) : null}
      </div>

      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:opacity-60"
      >
        {pending ? text.pending : text.submit}
      </button>

      <p className="text-center text-sm text-stone-600 dark:text-stone-400">
        {mode === "sign-in" ? (
          <>
            New here?{" "}
            <Link href={withNext("/signup", next)} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              Create an account
            </Link>
          </>
        ) : (
          <>
            Have an account?{" "}
            <Link href={withNext("/signin", next)} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              Sign in
            </Link>
          </>
        )}
      </p>
    </form>
  );
}

function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
