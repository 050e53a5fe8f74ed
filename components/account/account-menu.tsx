// The header's account entry: the signed-in username (to the account page), or "Sign in".
// A server component: it reads the session cookie, so pages under it render per request.
import { signedInAccount } from "@/lib/auth/session";
import { NavLink } from "@/components/nav-link";

export async function AccountMenu() {
  const account = await signedInAccount();
  if (account) {
    return (
      <NavLink href="/account">
        <span className="sr-only">Account: </span>
        {/* A long name is cut short (in full on the account page), so the header keeps to one line. */}
        <span data-testid="account-username" title={account.username} className="inline-block max-w-12 truncate align-bottom sm:max-w-40">
          {account.username}
        </span>
      </NavLink>
    );
  }
  return <NavLink href="/signin">Sign in</NavLink>;
}
