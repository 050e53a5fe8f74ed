"use client";
import { RouteError, type RouteErrorProps } from "@/components/route/route-error";

export default function ErrorPage(props: RouteErrorProps) {
  return <RouteError {...props} what="The session summary" away={{ href: "/study", label: "Go to Study" }} />;
}
