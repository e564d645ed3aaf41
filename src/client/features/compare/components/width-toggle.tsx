import { SegmentedControl } from '../../../components/ui/segmented-control';
import { PREVIEW_WIDTHS, type PreviewWidth } from '../compare-params';

/** Mobile / tablet / desktop, shared by every pane. */
export function WidthToggle({
  value,
  onChange,
}: {
  value: PreviewWidth;
  onChange: (width: PreviewWidth) => void;
}) {
  return (
    <SegmentedControl label="Preview width" segments={PREVIEW_WIDTHS} value={value} onChange={onChange} />
  );
}
