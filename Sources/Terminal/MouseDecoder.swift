import Browser
import CNcursesw

/// Turns an ncurses mouse report into the browser's `MouseEvent`.
enum MouseDecoder {
  /// The reports the browser asks ncurses for. Asking for clicks rather than
  /// presses lets ncurses pair them into double clicks.
  static var mask: mmask_t {
    kg_button1_clicked() | kg_button1_double_clicked() | kg_button4_pressed()
      | kg_button5_pressed()
  }

  static func event(from report: MEVENT) -> MouseEvent? {
    let column = Int(report.x)
    let row = Int(report.y)
    let buttons = report.bstate
    let action: MouseEvent.Action
    if buttons & kg_button1_double_clicked() != 0 {
      action = .doubleClick
    } else if buttons & (kg_button1_clicked() | kg_button1_pressed()) != 0 {
      action = .press
    } else if buttons & kg_button4_pressed() != 0 {
      action = .wheelUp
    } else if buttons & kg_button5_pressed() != 0 {
      action = .wheelDown
    } else {
      return nil
    }
    return MouseEvent(action: action, column: column, row: row)
  }
}
