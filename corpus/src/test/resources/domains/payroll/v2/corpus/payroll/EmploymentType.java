package corpus.payroll;

public enum EmploymentType { PERMANENT, FIXED_TERM, CONTRACTOR }
