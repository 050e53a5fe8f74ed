"use client";
import { RouteError, type RouteErrorProps } from "@/components/route/route-error";

export default function ErrorPage(props: RouteErrorProps) {
  return <RouteError {...props} what="This question" away={{ href: "/practice", label: "Browse the questions" }} />;
}
