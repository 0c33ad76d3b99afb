public enum BrowserModule {}
