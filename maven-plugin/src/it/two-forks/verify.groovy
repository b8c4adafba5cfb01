def it = evaluate(new File(itCommon))
File sessions = new File(basedir, 'target/sysimg/sessions')
def files = sessions.listFiles().findAll { it.name.startsWith('session-') && it.name.endsWith('.statements') }
assert files.size() == 2 : "expected one session file per fork, found ${files*.name}"

// Each fork ran one test class, and each test class alone exercises one class: Greeter in one fork, Sentence in
// the other. A recording lost from either fork leaves its class out of the statements and the image.
def classesOf = { File f -> f.readLines('UTF-8').findAll { it.startsWith('class ') }.collect { it.substring(6).split('\t')[0] } }
def perFork = files.collect { classesOf(it) }
assert perFork.count { it.contains('com.example.greet.Greeter') && !it.contains('com.example.greet.Sentence') } == 1 : perFork
assert perFork.count { it.contains('com.example.greet.Sentence') && !it.contains('com.example.greet.Greeter') } == 1 : perFork

List<String> library = ['com.example.greet.Greeter', 'com.example.greet.Punctuation', 'com.example.greet.Sentence']
it.checkStatements(basedir, library, ['com.example.greet.GreeterTest', 'com.example.greet.PunctuationTest'])
it.checkImageStarts(basedir, ['target/two-forks-1.0.jar'], 'com.example.greet.Main', library, 'Hello, world!')

String log = it.buildLog(basedir)
assert log.contains('from 2 session files')
assert log =~ /java @\S+${java.util.regex.Pattern.quote(it.imageName())}\.args com\.example\.greet\.Main/

File merged = new File(basedir, 'target/merged/all.statements')
assert merged.isFile()
def text = merged.getText('UTF-8')
library.each { assert text.contains("class ${it}") : "${it} is not in the merged statements" }
assert text.contains('@merged-from 2 files')
return true
