; Inno Setup 6.3+ script for EvidenceRoom on Windows (64-bit), per-machine.
; Saved as UTF-8 with a byte-order mark, so that Inno Setup reads the Chinese messages correctly.
; Builds from the PyInstaller folder dist\evidenceroom; see installer\windows\README.md.
;
;   iscc /DAppVersion=0.1.0 installer\windows\evidenceroom.iss
;
; The archive folder chosen during setup is created (users may modify it) and passed to the
; program by its shortcuts as --archive "<folder>". Uninstalling removes the program only: the
; archive folder and everything in it stay where they are.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z installer\windows\evidenceroom.iss
#endif
#define AppName "EvidenceRoom"
; Paths are relative to this script's folder, installer\windows.
#define Repo "..\.."

[Setup]
AppId={{6B0E5C2A-6E3B-4D0B-9B7E-2E1E5D7C4A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=EvidenceRoom
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64ModeOnly=x64compatible
SetupIconFile={#Repo}\resources\icons\evidenceroom.ico
UninstallDisplayIcon={app}\EvidenceRoom.exe
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#Repo}\dist
OutputBaseFilename=evidenceroom-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Never ask to restart, and stop a running copy before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
ArchiveTitle=Archive folder
ArchiveDescription=Where the evidence archive is kept
ArchiveSubCaption=The archive holds every imported recording and its records. Choose a folder on a disk with plenty of space (for example D:\EvidenceRoom). It must be empty, new, or an existing EvidenceRoom archive. Uninstalling never deletes it.
ArchiveNotEmpty=The folder %1 is not empty and holds no EvidenceRoom archive. Choose an empty or new folder, or the folder of an existing archive.
ArchiveInsideApp=The archive must not be inside the program folder %1: it would be mixed with the program's files. Choose another folder.
ArchiveKept=EvidenceRoom was removed. The archive was kept and is still in:%n%1
RunSelfTest=Run the self-test (archive, import, playback, printing)
DesktopIcon=Create a desktop shortcut
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
zh.ArchiveTitle=档案库文件夹
zh.ArchiveDescription=证据档案库存放的位置
zh.ArchiveSubCaption=档案库保存所有导入的音像资料及其记录。请选择空间充足的磁盘上的文件夹（例如 D:\EvidenceRoom）。该文件夹须为空文件夹、新文件夹，或已有的 EvidenceRoom 档案库。卸载程序时不会删除档案库。
zh.ArchiveNotEmpty=文件夹 %1 不是空文件夹，也不是 EvidenceRoom 档案库。请选择空文件夹、新文件夹或已有档案库所在的文件夹。
zh.ArchiveInsideApp=档案库不能放在程序文件夹 %1 之内，否则会与程序文件混在一起。请选择其他文件夹。
zh.ArchiveKept=EvidenceRoom 已卸载。档案库已保留，仍在：%n%1
zh.RunSelfTest=运行自检（档案库、导入、播放、打印）
zh.DesktopIcon=创建桌面快捷方式
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[Files]
Source: "{#Repo}\dist\evidenceroom\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; Kept on uninstall; clerks write the archive with their own accounts.
Name: "{code:ArchiveDir}"; Permissions: users-modify; Flags: uninsneverinstall

[Registry]
Root: HKLM; Subkey: "Software\{#AppName}"; ValueType: string; ValueName: "ArchiveDir"; ValueData: "{code:ArchiveDir}"; Flags: uninsdeletekey

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\EvidenceRoom.exe"; Parameters: "--archive ""{code:ArchiveDir}"""; WorkingDir: "{app}"; IconFilename: "{app}\EvidenceRoom.exe"
Name: "{group}\{#AppName} Self-test"; Filename: "{cmd}"; Parameters: "/k """"{app}\evidenceroom-cli.exe"" --self-test"""; WorkingDir: "{app}"; IconFilename: "{app}\EvidenceRoom.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\EvidenceRoom.exe"; Parameters: "--archive ""{code:ArchiveDir}"""; WorkingDir: "{app}"; IconFilename: "{app}\EvidenceRoom.exe"; Tasks: desktopicon

[Run]
Filename: "{cmd}"; Parameters: "/k """"{app}\evidenceroom-cli.exe"" --self-test"""; WorkingDir: "{app}"; Description: "{cm:RunSelfTest}"; Flags: postinstall skipifsilent unchecked
Filename: "{app}\EvidenceRoom.exe"; Parameters: "--archive ""{code:ArchiveDir}"""; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: postinstall skipifsilent nowait runasoriginaluser

[Code]
var
  ArchivePage: TInputDirWizardPage;
  KeptArchive: String;

function DefaultArchiveDir(): String;
begin
  { An upgrade keeps the folder chosen before; else D:\EvidenceRoom when there is a D: drive. }
  Result := GetPreviousData('ArchiveDir', '');
  if Result = '' then
    RegQueryStringValue(HKLM, 'Software\{#AppName}', 'ArchiveDir', Result);
  if Result = '' then
  begin
    if DirExists('D:\') then
      Result := 'D:\EvidenceRoom'
    else
      Result := ExpandConstant('{commonappdata}\EvidenceRoom\archive');
  end;
end;

procedure InitializeWizard();
begin
  ArchivePage := CreateInputDirPage(wpSelectDir, CustomMessage('ArchiveTitle'),
    CustomMessage('ArchiveDescription'), CustomMessage('ArchiveSubCaption'), False, '');
  ArchivePage.Add('');
  ArchivePage.Values[0] := DefaultArchiveDir();
end;

function ArchiveDir(Param: String): String;
begin
  Result := RemoveBackslashUnlessRoot(ArchivePage.Values[0]);
end;

function FolderIsEmpty(Dir: String): Boolean;
var
  Found: TFindRec;
begin
  Result := True;
  if FindFirst(AddBackslash(Dir) + '*', Found) then
  try
    repeat
      if (Found.Name <> '.') and (Found.Name <> '..') then
      begin
        Result := False;
        Exit;
      end;
    until not FindNext(Found);
  finally
    FindClose(Found);
  end;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Dir: String;
begin
  Result := True;
  if CurPageID = ArchivePage.ID then
  begin
    Dir := ArchiveDir('');
    if Pos(Lowercase(AddBackslash(WizardDirValue())), Lowercase(AddBackslash(Dir))) = 1 then
    begin
      MsgBox(FmtMessage(CustomMessage('ArchiveInsideApp'), [WizardDirValue()]), mbError, MB_OK);
      Result := False;
      Exit;
    end;
    { The program refuses a folder that is neither empty nor an archive; say so now, not at first start. }
    if DirExists(Dir) and not FileExists(AddBackslash(Dir) + 'archive.db') and not FolderIsEmpty(Dir) then
    begin
      MsgBox(FmtMessage(CustomMessage('ArchiveNotEmpty'), [Dir]), mbError, MB_OK);
      Result := False;
    end;
  end;
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  SetPreviousData(PreviousDataKey, 'ArchiveDir', ArchiveDir(''));
end;

function InitializeUninstall(): Boolean;
begin
  KeptArchive := '';
  RegQueryStringValue(HKLM, 'Software\{#AppName}', 'ArchiveDir', KeptArchive);
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (KeptArchive <> '') and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('ArchiveKept'), [KeptArchive]), mbInformation, MB_OK);
end;
