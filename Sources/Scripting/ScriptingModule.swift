import KnowledgeGraph
public enum ScriptingModule {}
