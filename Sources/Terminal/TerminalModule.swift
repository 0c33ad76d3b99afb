import Browser
import CNcursesw
public enum TerminalModule {}
