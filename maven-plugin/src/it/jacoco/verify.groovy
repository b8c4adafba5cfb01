def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
// JaCoCo identifies classes by a checksum of the bytes it instruments: its agent must come first and see the originals.
assert log =~ /argLine set to -javaagent:\S+org\.jacoco\.agent\S+=destfile=\S+jacoco\.exec -javaagent:\S+sysimg-agent\S+=output=\S+,include=com\.example\.greet/
assert !log.contains('do not match') : 'JaCoCo saw classes changed by the sysimg agent'
assert !log.contains('does not match') : 'JaCoCo saw classes changed by the sysimg agent'

File exec = new File(basedir, 'target/jacoco.exec')
assert exec.isFile() && exec.length() > 0
File csv = new File(basedir, 'target/site/jacoco/jacoco.csv')
assert csv.isFile()
def greeter = csv.readLines().find { it.contains(',com.example.greet,Greeter,') }
assert greeter != null : csv.text
// GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,...
assert greeter.split(',')[4] as int > 0 : "JaCoCo counted no covered instruction of Greeter: ${greeter}"

it.checkStatements(basedir, ['com.example.greet.Greeter', 'com.example.greet.Punctuation'],
        ['com.example.greet.GreeterTest', 'com.example.greet.PunctuationTest'])
it.checkImageStarts(basedir, ['target/jacoco-1.0.jar'], 'com.example.greet.Main',
        ['com.example.greet.Greeter', 'com.example.greet.Punctuation'], 'Hello, world!')
return true
