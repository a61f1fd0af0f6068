/**
 * The parts of a record's screen that edit its sub-lists in place (a
 * campus's axes, functions and links): a titled section, the items each
 * with its form and its removal, and the box that adds one.
 */

/** A titled part of a record's screen; its h2 names the section. */
export function EditSection({
  id,
  title,
  className,
  children,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  title: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-4 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The dashed box holding the form that adds an item to a list. */
export function AddBox({
  title,
  spaced = false,
  children,
}: {
  title: string;
  /** Set apart from the list above it (when the list has no margin of its own). */
  spaced?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={`${spaced ? "mt-6 " : ""}rounded border border-dashed border-line p-4`}>
      <h3 className="mb-3 font-bold">{title}</h3>
      {children}
    </div>
  );
}

/** An ordered sub-list edited in place: each item's form with its removal under it, then the add box. */
export function EditableList<Item extends { id: string }>({
  items,
  edit,
  remove,
  addTitle,
  add,
}: {
  items: Item[];
  edit: (item: Item, index: number) => React.ReactNode;
  remove: (item: Item, index: number) => React.ReactNode;
  addTitle: string;
  add: React.ReactNode;
}) {
  return (
    <>
      <ol className="flex flex-col gap-6">
        {items.map((item, i) => (
          <li key={item.id} className="rounded border border-line p-4">
            {edit(item, i)}
            <div className="mt-3">{remove(item, i)}</div>
          </li>
        ))}
      </ol>
      <AddBox title={addTitle} spaced>
        {add}
      </AddBox>
    </>
  );
}
