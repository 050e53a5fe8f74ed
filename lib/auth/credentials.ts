// What a username and a password must look like, with the messages the forms show.
import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
export const PASSWORD_MIN = 10;
/** argon2 takes any length; a cap keeps a megabyte "password" from costing the server. */
export const PASSWORD_MAX = 256;

// Usernames are compared in lower case, so "Ada" and "ada" are one account.
export const usernameSchema = z
  .string({ error: "Enter a username." })
  .trim()
  .toLowerCase()
  .min(USERNAME_MIN, `A username has at least ${USERNAME_MIN} characters.`)
  .max(USERNAME_MAX, `A username has at most ${USERNAME_MAX} characters.`)
  .regex(/^[a-z0-9_-]+$/, "Use only letters a–z, digits, underscores (_) and hyphens (-).");

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for your password.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters for your password.`)
  .refine((password) => password.trim() !== "", "A password cannot be only spaces.")
  .refine((password) => !isCommonPassword(password), "That password is one of the most common ones. Choose another.");

let common: Set<string> | undefined;

/** Whether a password is on the list of common ones (compared in lower case, ignoring outer spaces). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(COMMON_PASSWORDS);
  return common.has(password.trim().toLowerCase());
}

export const signUpSchema = z.object({ username: usernameSchema, password: newPasswordSchema });

// Signing in checks presence only: the rules above are for new accounts, and an existing one is
// judged by its password alone ("wrong username or password", whatever the reason).
export const signInSchema = z.object({
  username: z.string({ error: "Enter your username." }).trim().toLowerCase().min(1, "Enter your username."),
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password."),
});

export type CredentialField = "username" | "password";
export type FieldErrors = Partial<Record<CredentialField, string>>;

/** The first message per field, for the form to show under each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "username" || field === "password") && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
