"use client";
import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { SigmaEdgeAttrs, SigmaNodeAttrs } from "@/lib/graph/sigma-graph";

export type AppSigma = Sigma<SigmaNodeAttrs, SigmaEdgeAttrs>;

export const SigmaContext = createContext<AppSigma | null>(null);

/** The sigma instance of the enclosing GraphCanvas (controllers render inside it). */
export function useSigma(): AppSigma {
  const s = useContext(SigmaContext);
  if (!s) throw new Error("useSigma() is used outside a GraphCanvas");
  return s;
}
