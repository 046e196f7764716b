// A comment's text box that offers the list's members after `@`: a text box with a list of people
// (aria-autocomplete, aria-controls; the text box keeping the focus and pointing at the highlighted
// option with aria-activedescendant; a live status line says how many are offered; no combobox
// role, which ARIA in HTML does not allow on a textarea) whose listbox filters as
// the name is typed. Arrows move, Enter or Tab inserts `@Name`, Escape closes it, a click chooses.
// The members are asked for once the box has the focus; someone outside the list is never offered.
import {
  type KeyboardEvent,
  type TextareaHTMLAttributes,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useMe } from '../auth/session';
import { t } from '../ui/i18n';
import { type Member, useMembers } from './api';
import { membersMatching, mentionAt, withMention } from './mentionQuery';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  /** The task's list: its owner and members are offered; null (the Inbox) offers no one. */
  listId: number | null;
  value: string;
  onChange: (text: string) => void;
};

export function MentionField({ listId, value, onChange, onKeyDown, onFocus, onBlur, ...rest }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);
  const listboxId = useId();
  const [focused, setFocused] = useState(false);
  const [wanted, setWanted] = useState(false);
  const [caret, setCaret] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [active, setActive] = useState({ key: '', index: 0 });
  const placeCaret = useRef<number | null>(null);
  const me = useMe();
  const members = useMembers(listId, wanted);

  useLayoutEffect(() => {
    if (placeCaret.current === null || !box.current) return;
    box.current.setSelectionRange(placeCaret.current, placeCaret.current);
    placeCaret.current = null;
  });

  const at = focused ? mentionAt(value, caret) : null;
  const asking = at !== null && at.start !== dismissed;
  const others = (members.data?.members ?? []).filter((m) => m.user_id !== me.data?.id);
  const options = asking ? membersMatching(others, at.query) : [];
  const open = options.length > 0;
  const key = at ? `${at.start}:${at.query}` : '';
  const index = active.key === key ? Math.min(active.index, options.length - 1) : 0;
  const optionId = (m: Member) => `${listboxId}-${m.user_id}`;
  const current = open ? options[index] : undefined;

  const follow = (el: HTMLTextAreaElement) => setCaret(el.selectionStart ?? el.value.length);

  const choose = (member: Member) => {
    if (!at) return;
    const next = withMention(value, at, caret, member.name);
    placeCaret.current = next.caret;
    setCaret(next.caret);
    onChange(next.text);
  };

  const keyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && current) {
      const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
      if (step !== 0) {
        e.preventDefault();
        setActive({ key, index: (index + step + options.length) % options.length });
        return;
      }
      if (
        (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.shiftKey) ||
        (e.key === 'Tab' && !e.shiftKey)
      ) {
        e.preventDefault();
        choose(current);
        return;
      }
    }
    if (e.key === 'Escape' && asking) {
      // Closes the list only, not the editor around it; typing on keeps it closed for this `@`.
      e.preventDefault();
      e.stopPropagation();
      setDismissed(at.start);
      return;
    }
    onKeyDown?.(e);
  };

  // What the list of people says, to a screen reader always, on screen when no one is offered. Past
  // a space with no one matching, the `@` is read as prose (or a mention already made): nothing.
  let status = '';
  if (asking) {
    if (listId === null) status = t('Only you can see this task: there is no one to mention.');
    else if (members.isPending) status = t('Loading the people in this list…');
    else if (members.isError) status = t('Could not load the people in this list.');
    else if (others.length === 0) status = t('No one else is in this list to mention.');
    else if (open)
      status = t(
        '{count, plural, one {# person} other {# people}} to mention: arrows to move, Enter to insert.',
        { count: options.length },
      );
    else if (!/\s/.test(at.query)) status = t('No one in this list matches “{query}”.', { query: at.query });
  }

  // The people and the note float over what follows, so nothing moves as they open and close.
  return (
    <div className="mention-field">
      <textarea
        {...rest}
        ref={box}
        aria-autocomplete="list"
        aria-controls={listboxId}
        aria-activedescendant={current ? optionId(current) : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          follow(e.target);
        }}
        onSelect={(e) => follow(e.currentTarget)}
        onKeyDown={keyDown}
        onFocus={(e) => {
          setFocused(true);
          setWanted(true);
          follow(e.currentTarget);
          onFocus?.(e);
        }}
        onBlur={(e) => {
          setFocused(false);
          onBlur?.(e);
        }}
      />
      <div
        id={listboxId}
        role="listbox"
        aria-label={t('People to mention')}
        className="mentions"
        hidden={!open}
      >
        {options.map((m, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard chooses from the text box (arrows, Enter, Tab)
          <div
            key={m.user_id}
            id={optionId(m)}
            role="option"
            tabIndex={-1}
            aria-selected={i === index}
            className="mention"
            // Keeps the focus in the text box, so typing goes on after the click.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(m)}
          >
            {m.name}
            {m.email && <span className="person-email">{m.email}</span>}
          </div>
        ))}
      </div>
      <p className="mentions hint" aria-hidden="true" hidden={open || status === ''}>
        {status}
      </p>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}
