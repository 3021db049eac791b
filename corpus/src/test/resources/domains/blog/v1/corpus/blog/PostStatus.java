package corpus.blog;

public enum PostStatus { DRAFT, PUBLISHED, ARCHIVED }
