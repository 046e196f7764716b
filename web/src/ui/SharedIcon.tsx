/** Two heads: the mark of a shared list; decorative, the words beside it say what it means. */
export function SharedIcon() {
  return (
    <svg
      className="shared-icon"
      viewBox="0 0 20 20"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="7" cy="7" r="3" fill="currentColor" />
      <circle cx="14" cy="8" r="2.4" fill="currentColor" opacity="0.75" />
      <path d="M1.5 17c0-3 2.5-5 5.5-5s5.5 2 5.5 5z" fill="currentColor" />
      <path
        d="M12 12.3c.6-.2 1.3-.3 2-.3 2.5 0 4.5 1.6 4.5 4.2H13.6c-.2-1.5-.8-2.9-1.6-3.9z"
        fill="currentColor"
        opacity="0.75"
      />
    </svg>
  );
}
