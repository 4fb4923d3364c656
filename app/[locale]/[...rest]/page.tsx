import { notFound } from "next/navigation";

/** Any path under a locale that no page answers: the locale's own not-found page (./not-found.tsx one level up). */
export default function Unknown() {
  notFound();
}
