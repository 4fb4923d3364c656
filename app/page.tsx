import { DbStatus } from "./_components/db-status";
import { SearchBox } from "./_components/search-box";

export const dynamic = "force-dynamic";

export default function Home() {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-10">
      <section className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight">China’s generative-AI ecosystem, as a graph</h1>
        <p className="text-slate-600">
          Who builds, funds, partners with and regulates whom — from the NRI briefing of July 2023. Every fact cites its
          source.
        </p>
        <SearchBox autoFocus />
        <DbStatus />
      </section>
    </div>
  );
}
