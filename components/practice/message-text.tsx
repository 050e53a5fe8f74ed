// A grading message written for Markdown (`codeSpan` quotes the learner's text in backticks) shown
// in the browser without a Markdown renderer: code spans become <code>, everything stays text.
export function MessageText({ message }: { message: string }) {
  // codeSpan guarantees a quoted text holds no backtick, so the spans are exactly the odd pieces.
  const pieces = message.split("`");
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 && index < pieces.length - 1 ? (
          <code key={index} className="rounded bg-black/5 px-1 py-0.5 font-mono text-[0.9em] dark:bg-white/10">
            {piece}
          </code>
        ) : (
          <span key={index}>{index % 2 === 1 ? `\`${piece}` : piece}</span>
        ),
      )}
    </>
  );
}
