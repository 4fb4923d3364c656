import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { env } from "@/lib/env";

export const metadata: Metadata = {
  title: { default: "China GenAI Graph", template: "%s · China GenAI Graph" },
  description: "Explore who builds, funds, partners with and regulates whom in China's generative-AI ecosystem (mid-2023).",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const consoleOn = env().CYPHER_CONSOLE;
  return (
    <html lang="en">
      <body className="flex min-h-full flex-col bg-slate-50 text-slate-900 antialiased">
        {/* No prefetch: every page is rendered per request, so a prefetch would be three server renders on every
            page load, competing with the page being drawn (bench/README.md, "first frame"). */}
        <header className="flex items-center gap-6 border-b border-slate-200 bg-white px-4 py-2">
          <Link href="/" prefetch={false} className="font-semibold tracking-tight">
            China GenAI Graph
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-sm text-slate-600">
            <Link href="/explore" prefetch={false} className="hover:text-slate-900">
              Explore
            </Link>
            {consoleOn && (
              <Link href="/console" prefetch={false} className="hover:text-slate-900">
                Cypher console
              </Link>
            )}
          </nav>
        </header>
        <main className="flex flex-1 flex-col">{children}</main>
      </body>
    </html>
  );
}
