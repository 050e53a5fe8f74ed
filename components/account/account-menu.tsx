// The header's account entry: the signed-in username (to the account page), or "Sign in".
// The root layout reads the session and passes the name in: a component never reaches the database.
import { NavLink } from "@/components/nav-link";

export function AccountMenu({ username }: { username: string | null }) {
  if (username !== null) {
    return (
      <NavLink href="/account">
        <span className="sr-only">Account: </span>
        <span data-testid="account-username">{username}</span>
      </NavLink>
    );
  }
  return <NavLink href="/signin">Sign in</NavLink>;
}
