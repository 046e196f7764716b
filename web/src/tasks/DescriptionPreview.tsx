// A task row's description, previewed as the words it reads (plainText.ts). It loads beside the
// first rows (ui/later.tsx): until it is there the row shows the description as written.
import { markdownAsText } from './plainText';

export function DescriptionPreview({ text }: { text: string }) {
  const preview = markdownAsText(text);
  return preview ? (
    <p className="task-description" dir="auto">
      {preview}
    </p>
  ) : null;
}
