/// Merges lists that are each sorted ascending into one sorted list: the
/// last step of sorting or scanning in slices on several cores.
public enum SortedMerge {
  @inlinable
  public static func merged<Element: Comparable>(_ lists: [[Element]]) -> [Element] {
    var result = lists.first ?? []
    for list in lists.dropFirst() {
      var merged: [Element] = []
      merged.reserveCapacity(result.count + list.count)
      var left = 0
      var right = 0
      while left < result.count, right < list.count {
        if list[right] < result[left] {
          merged.append(list[right])
          right += 1
        } else {
          merged.append(result[left])
          left += 1
        }
      }
      merged += result[left...]
      merged += list[right...]
      result = merged
    }
    return result
  }
}
