"use client";
import { RouteError, type RouteErrorProps } from "@/components/route/route-error";

export default function ErrorPage(props: RouteErrorProps) {
  return <RouteError {...props} what="This review question" away={{ href: "/review", label: "Back to the review queue" }} />;
}
