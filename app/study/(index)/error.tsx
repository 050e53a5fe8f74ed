"use client";
import { RouteError, type RouteErrorProps } from "@/components/route/route-error";

export default function ErrorPage(props: RouteErrorProps) {
  return <RouteError {...props} what="Your study plan" away={{ href: "/practice", label: "Practise freely instead" }} />;
}
