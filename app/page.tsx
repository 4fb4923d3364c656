import { DbStatus } from "./_components/db-status";
import { SearchBox } from "./_components/search-box";
import { ViewGallery } from "./_components/view-gallery";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).error;
  // The message comes from our own redirect (a bad explorer link); it is shown as text, capped in length.
  const error = typeof raw === "string" ? raw.slice(0, 300) : null;
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-10">
      {error && (
        <p role="alert" data-testid="link-error" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          That link could not be opened: {error}
        </p>
      )}
      <section className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight">China’s generative-AI ecosystem, as a graph</h1>
        <p className="text-slate-600">
          Who builds, funds, partners with and regulates whom — from the NRI briefing of July 2023. Every fact cites its
          source.
        </p>
        <SearchBox autoFocus />
        <DbStatus />
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">Named views</h2>
        <ViewGallery />
      </section>
    </div>
  );
}
