"use client";
// A failure while rendering a page that has no error.tsx of its own (a database that does not
// answer, say): a short message, a retry and a way home, never a stack trace.
import { RouteError, type RouteErrorProps } from "@/components/route/route-error";

export default function ErrorPage(props: RouteErrorProps) {
  return <RouteError {...props} what="This page" away={{ href: "/", label: "Go to the home page" }} />;
}
