"use client";
// The practice page's number part: NumberInput with the whole reader (the grader's number reader
// and mathjs) loaded on the first focus or typed text instead of with the page, to keep the
// page's first-load JavaScript small. Until it arrives the preview is blank; it then reads exactly
// as NumberInput does (the same functions).
import { useEffect, useState } from "react";
import { NumberField, type NumberInputProps } from "./number-field";

type Reader = typeof import("./answer-reader");

let loaded: Reader | null = null;
let loading: Promise<Reader> | null = null;

function loadReader(): Promise<Reader> {
  loading ??= import("./answer-reader").then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function LazyNumberInput(props: NumberInputProps) {
  // Bumped when the reader or its evaluator arrives, to read the text again.
  const [, setArrivals] = useState(0);
  const hasText = props.value.trim() !== "";

  function load() {
    loadReader()
      .then((reader) => {
        setArrivals((count) => count + 1);
        return reader.loadEvaluator();
      })
      .then(() => setArrivals((count) => count + 1))
      .catch(() => {});
  }

  // A restored draft: read it without waiting for a focus.
  useEffect(() => {
    if (hasText) load();
  }, [hasText]);

  return <NumberField {...props} parsed={loaded ? loaded.readTypedNumber(props.value) : null} onFocus={load} />;
}
