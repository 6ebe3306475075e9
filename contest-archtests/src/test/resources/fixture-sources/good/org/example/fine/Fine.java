public class Fine {}
