public class Lonely {}
