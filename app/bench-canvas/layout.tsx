import "../globals.css";

/** The bench page's own root layout (the app's pages have theirs under app/[locale]). */
export default function BenchLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
