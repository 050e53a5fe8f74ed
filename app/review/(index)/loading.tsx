import { PageSkeleton } from "@/components/route/page-skeleton";

// Only this page: the pages below call notFound() and redirect(), which need an unstreamed response.
export default function Loading() {
  return <PageSkeleton shape="list" label="Loading your review queue" />;
}
