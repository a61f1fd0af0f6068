/** A notification banner: success after a save, information, or a warning. */
const tones = {
  success: { box: "border-success bg-success-tint", title: "text-success", role: "status" },
  info: { box: "border-info bg-info-tint", title: "text-info", role: "status" },
  warning: { box: "border-warning bg-warning-tint", title: "text-warning", role: "status" },
  error: { box: "border-danger bg-danger-tint", title: "text-danger", role: "alert" },
} as const;

export function Notice({
  tone = "info",
  title,
  children,
  className = "",
}: {
  tone?: keyof typeof tones;
  title?: React.ReactNode;
  children?: React.ReactNode;
  className?: string;
}) {
  const t = tones[tone];
  return (
    <div role={t.role} className={`mb-6 rounded border-l-4 p-4 ${t.box} ${className}`}>
      {title ? <p className={`font-bold ${t.title}`}>{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
