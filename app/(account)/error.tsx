"use client";
// Sign-in and sign-up read the session; the account page reads the account.
import { RouteError, type RouteErrorProps } from "@/components/route/route-error";

export default function ErrorPage(props: RouteErrorProps) {
  return <RouteError {...props} what="This page" away={{ href: "/practice", label: "Practise as a guest" }} />;
}
