import { PageSkeleton } from "@/components/route/page-skeleton";

export default function Loading() {
  return <PageSkeleton shape="dashboard" label="Loading your account" />;
}
